"""The Redaktion's review of submitted case studies as a Wagtail workflow.

Wagtail's default "Moderators approval" workflow sits on the root page with the Moderators
group, which the portal replaced by its own roles: only superusers could approve there. This
workflow lets the Redaktion approve and is assigned to the case study index, wherever it
exists already; the submission service assigns it to an index created later.
"""

from django.db import migrations

WORKFLOW_NAME = "Prüfung von Praxisbeispielen"
TASK_NAME = "Prüfung durch die Redaktion"
REDAKTION = "Redaktion"


def create_review_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    CaseStudyIndexPage = apps.get_model("bestpractice", "CaseStudyIndexPage")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type)
    task.groups.set(Group.objects.filter(name=REDAKTION))
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in CaseStudyIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page_id=index.pk, defaults={"workflow": workflow})


def remove_review_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("bestpractice", "0001_initial"),
        ("portal", "0002_roles_and_home_page"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_review_workflow, remove_review_workflow)]
