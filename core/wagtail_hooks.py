"""The CMS's own part of the DSGVO rights (see core/wagtail_privacy.py): Wagtail and the Django
admin belong to no app, so the toolkit registers their share like an app would."""

from wagtail import hooks

from . import plugins, wagtail_privacy


@hooks.register(plugins.DATA_EXPORT, order=90)
def cms_export():
    return "redaktionssystem", wagtail_privacy.export_cms_activity


hooks.register(plugins.DELETION_CLEANUPS, wagtail_privacy.forget_person_in_cms, order=90)
