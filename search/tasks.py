from django_tasks import task

from .backends import get_backend
from .registry import registered_types


@task()
def update_entry(type_name: str, pk: str) -> str:
    """Bring one object's entry up to date: indexed if it may be found, removed otherwise.
    Reads the object afresh, so it indexes what was committed, not what a signal saw."""
    search_type = registered_types().get(type_name)
    if search_type is None:
        return "unknown type"
    key = f"{type_name}:{pk}"
    obj = search_type.get_queryset().filter(pk=pk).first()
    entry = search_type.entry_for(obj) if obj is not None else None
    if entry is None:
        get_backend().remove([key])
        return "removed"
    get_backend().index([entry])
    return "indexed"
