"""The demo app's seeders, in the order `seed_demo` runs them: what a seeder needs comes
first (Kommunen before the accounts that are members there, accounts before the case studies
that name them as contact). Another app adds its demo data by registering its own seeder in
its own wagtail_hooks.py; the portal registers the seeder of its pages with order 30."""

from wagtail import hooks

from core import plugins

from .accounts import seed_accounts
from .case_studies import seed_case_study_pages
from .courses import seed_learning_pages
from .kommunen import seed_kommunen
from .national import seed_national_scale

hooks.register(plugins.DEMO_SEEDERS, seed_kommunen, order=10)
hooks.register(plugins.DEMO_SEEDERS, seed_accounts, order=20)
hooks.register(plugins.DEMO_SEEDERS, seed_case_study_pages, order=40)
hooks.register(plugins.DEMO_SEEDERS, seed_learning_pages, order=50)
# Last, so that the synthetic Kommunen never come before the real ones.
hooks.register(plugins.DEMO_SEEDERS, seed_national_scale, order=90)
