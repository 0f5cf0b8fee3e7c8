from allauth.account.signals import email_confirmed
from django.dispatch import receiver

from .services import notify_admins_of_waiting_requests


@receiver(email_confirmed)
def send_waiting_membership_requests(request, email_address, **kwargs):
    notify_admins_of_waiting_requests(email_address.user)
