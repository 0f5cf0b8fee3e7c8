from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse


def test_a_body_over_the_cap_gets_the_german_page(client, settings, db):
    settings.MAX_REQUEST_BODY_SIZE = 1000
    upload = SimpleUploadedFile("gross.pdf", b"%PDF-1.4\n" + b"0" * 5000)

    response = client.post(reverse("account_login"), {"datei": upload})

    assert response.status_code == 400
    assert "Anfrage nicht verarbeitet" in response.content.decode()


def test_a_foreign_host_gets_a_plain_400_not_a_500(client, db):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
