from django.apps import AppConfig


class CoreConfig(AppConfig):
    # An app only so that its templates, template tags and hooks are found; it has no models.
    name = "core"
    verbose_name = "Werkzeugkasten"

    def ready(self):
        from . import converters

        # Before any URL conf is imported: the apps' urls.py use <id:…>, <ags:…> and the rest.
        converters.register()
