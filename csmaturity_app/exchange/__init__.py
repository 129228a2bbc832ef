"""CSV snapshots (export, import / merge) and reports. No widgets."""
