from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import RedirectView
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from bestpractice import urls as bestpractice_urls
from learning import urls as learning_urls

from . import views

# Every login goes through allauth, with its rate limits and second factor: Wagtail's and the
# Django admin's own login forms would take a password alone.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("cms/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("cms/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("dokumente/", include(wagtaildocs_urls)),
    # Without a CSRF token, so that public pages carry nothing personal and can be cached
    # for every visitor; a forged request could only switch the display language.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("konto/", include("allauth.urls")),
    path("konto/", include("portal.accounts.urls", namespace="portal")),
    path("kommunen/", include("network.urls")),
    path("suche/", include("search.urls")),
    path("lernen/meine-kurse/", include(learning_urls.member_urls)),
    path("lernen/berichte/", include(learning_urls.report_urls)),
    path("zertifikate/", include(learning_urls.certificate_urls)),
    path("praxisbeispiele/", include("bestpractice.urls")),
    path("api/", include((bestpractice_urls.api_urlpatterns, "api"))),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))

handler400 = views.bad_request
handler403 = views.permission_denied
handler404 = views.page_not_found
handler429 = "portal.views.too_many_requests"
handler500 = views.server_error
