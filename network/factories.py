import factory

from core.factories import UserFactory

from .models import Kommune, KommuneType, Membership, MembershipState, Role


class KommuneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Kommune

    name = factory.Sequence(lambda n: f"Musterstadt {n}")
    # Valid-format keys: Land 01-16, then a running number; Kreise end in "000".
    ags = factory.Sequence(lambda n: f"{(n % 16) + 1:02d}{(n // 16) % 1000:03d}{n % 997 + 1:03d}")
    kind = KommuneType.GEMEINDE
    population = 12_000
    phase = 2


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    kommune = factory.SubFactory(KommuneFactory)
    role = Role.MITGLIED
    state = MembershipState.CONFIRMED
    is_primary = True
