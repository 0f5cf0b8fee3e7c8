"""The shared toolkit: what every app uses and no app owns. It imports no app of the portal,
so that any app may depend on it without creating a cycle (checked by the import contract)."""
