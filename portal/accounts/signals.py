from allauth.account.models import EmailAddress
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def trust_email_of_users_created_by_staff(sender, instance, created, raw=False, **kwargs):
    """People created with `createsuperuser`, in the admin or by the demo data never get a
    verification mail; their address was given by someone trusted, so it counts as verified.
    Self sign-ups are flagged by the adapter and go through verification as usual."""
    if not created or raw or getattr(instance, "_via_signup", False) or not instance.email:
        return
    EmailAddress.objects.get_or_create(
        user=instance,
        email=instance.email.lower(),
        defaults={"verified": True, "primary": True},
    )
