"""Targets and the roadmap: what an organization aims for, and the actions that get it there.

A target is a stage of a maturity model (by the model's id, so that any version's
assessments count) and a date. The roadmap is built from the organization's latest
assessment on that model (`maturity.roadmap`): one action per criterion to bring into
place, with the criterion's typical first action. Actions then live on their own: they
belong to the organization, are edited, reordered, done or dropped, and survive the
assessment they came from. A later assessment that rates an action's criterion fully in
place shows it achieved; nothing changes the action's status behind the consultant's back.

`Store` exposes these functions (its "targets and the roadmap" section).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from csmaturity_app.i18n import formats, translate
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.roadmap import first_action, gap_to, roadmap, target_stage
from csmaturity_app.store.clock import parse_date, stamp_after, utc_now
from csmaturity_app.store.errors import NotFoundError, StoreError
from csmaturity_app.store.records import (
    OPEN_STATUSES,
    Achievement,
    ActionRecord,
    PlanItem,
    PlanView,
    ScoredRecord,
    SnapshotPlan,
    TargetRecord,
    TargetView,
)
from csmaturity_app.store.row_checks import (
    check_action_status,
    check_criterion_id,
    check_model_id,
    check_position,
)
from csmaturity_app.store.tables import new_id
from csmaturity_app.store.text import checked_notes, clean_name

if TYPE_CHECKING:
    from csmaturity_app.store.store import Store

# An action is a sentence or two, its detail in the notes; but a model file's typical first
# action (up to the model's text bound) must always fit.
MAX_TITLE = 5_000
MAX_OWNER = 200
# Actions of one organization: no real plan comes near (two models' criteria are at most
# 2,000 by the model limits, plus one's own), and a bound keeps a hostile file from making
# every plan, list and export of the organization slow.
MAX_ACTIONS = 10_000
# A due date outside these years is a typing slip (0001 for 2001), and a spreadsheet cannot
# show a date before 1900 as written.
FIRST_DUE_YEAR, LAST_DUE_YEAR = 1970, 2999

_ACTION_COLUMNS = (
    "id, organization_id, model_id, criterion_id, title, owner, due_on, status, notes, "
    "private_notes, position, source_assessment_id, since, created_at, updated_at, "
    "private_notes_at"
)
_TARGET_COLUMNS = "organization_id, model_id, stage_level, due_on, created_at, updated_at"
_EDITABLE = ("title", "owner", "due_on", "status", "notes", "private_notes", "position")


# -- checks


def checked_title(title: str) -> str:
    title = clean_name(title)
    if not title:
        raise StoreError(translate("store", "an action needs a title: what is to be done"))
    if len(title) > MAX_TITLE:
        raise StoreError(
            translate("store", "an action's title may have at most {max_title} characters").format(
                max_title=formats.integer(MAX_TITLE)
            )
        )
    return title


def checked_owner(owner: str) -> str:
    owner = clean_name(owner)
    if len(owner) > MAX_OWNER:
        raise StoreError(
            translate("store", "an owner's name may have at most {max_owner} characters").format(
                max_owner=MAX_OWNER
            )
        )
    return owner


def checked_status(status: str) -> str:
    """One of `ACTION_STATUSES`, in the words every laptop's pull uses."""
    return check_action_status(status)


def checked_due(due_on: date | str | None) -> str:
    """A due date as stored: YYYY-MM-DD, or '' for none."""
    if due_on is None or due_on == "":
        return ""
    if isinstance(due_on, datetime):  # a date too: what a spreadsheet or a date editor gives
        due_on = due_on.date()
    if isinstance(due_on, date):
        day = due_on
    else:
        try:
            day = parse_date(due_on.strip())
        except StoreError:
            raise StoreError(
                translate(
                    "store",
                    "{due_on!r} is not a date the plan can use; write it YYYY-MM-DD, e.g. "
                    "2027-06-30",
                ).format(due_on=due_on)
            ) from None
    if not FIRST_DUE_YEAR <= day.year <= LAST_DUE_YEAR:
        raise StoreError(
            translate(
                "store",
                "{day!r} is not a due date the plan can use: its year is not "
                "between {first_due_year} and {last_due_year}",
            ).format(
                day=day.isoformat(),
                first_due_year=FIRST_DUE_YEAR,
                last_due_year=LAST_DUE_YEAR,
            )
        )
    return day.isoformat()


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


# -- targets


def set_target(
    store: Store,
    organization_id: str,
    model: MaturityModel,
    stage_level: int,
    due_on: date | str | None = None,
) -> TargetRecord:
    """Aim the organization at a stage of `model` (replacing its target on that model)."""
    stage = target_stage(model, stage_level)
    if stage is None:
        levels = ", ".join(str(s.level) for s in model.stages)
        raise StoreError(
            translate(
                "store", "{title} has no stage {stage_level}; its stages are {levels}"
            ).format(title=model.title, stage_level=stage_level, levels=levels)
        )
    due = checked_due(due_on)
    with store._writing():
        store._org_row(organization_id)
        store._freeze_model(model)  # its stage can be shown before any assessment on it
        connection = store.db.connection()
        old = _target_row(connection, organization_id, model.id)
        if old is not None and (old[2], old[3]) == (stage_level, due):
            return _target(old)
        now = stamp_after(old[5] if old else None)
        connection.execute(
            f"INSERT INTO target ({_TARGET_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (organization_id, model_id) DO UPDATE SET "
            "stage_level = excluded.stage_level, due_on = excluded.due_on, "
            "updated_at = excluded.updated_at",
            (organization_id, model.id, stage_level, due, now, now),
        )
        row = _target_row(connection, organization_id, model.id)
        assert row is not None
        return _target(row)  # read back inside: a row that cannot be read is not kept


def clear_target(store: Store, organization_id: str, model_id: str) -> TargetRecord | None:
    """Take the organization's target on that model away; returns it (None: there was none),
    so that an undo can put it back with `set_target`. The roadmap's actions stay."""
    with store._writing():
        store._org_row(organization_id)
        connection = store.db.connection()
        old = _target_row(connection, organization_id, model_id)
        if old is None or old[2] is None:
            return None
        connection.execute(
            "UPDATE target SET stage_level = NULL, updated_at = ? "
            "WHERE organization_id = ? AND model_id = ?",
            (stamp_after(old[5]), organization_id, model_id),
        )
    return _target(old)


def targets(store: Store, organization_id: str) -> list[TargetRecord]:
    """The organization's targets (cleared ones left out), by model id."""
    with store._reading():
        store._org_row(organization_id, include_deleted=True)
        rows = store.db.execute_sql(
            f"SELECT {_TARGET_COLUMNS} FROM target WHERE organization_id = ? "
            "AND stage_level IS NOT NULL ORDER BY model_id",
            (organization_id,),
        ).fetchall()
    return [_target(r) for r in rows]


def _target_row(connection: sqlite3.Connection, organization_id: str, model_id: str) -> Any:
    return connection.execute(
        f"SELECT {_TARGET_COLUMNS} FROM target WHERE organization_id = ? AND model_id = ?",
        (organization_id, model_id),
    ).fetchone()


def _target(row: Any) -> TargetRecord:
    organization_id, model_id, level, due, created_at, updated_at = row
    return TargetRecord(organization_id, model_id, level, _day(due), created_at, updated_at)


# -- actions


def actions(store: Store, organization_id: str) -> list[ActionRecord]:
    """The organization's roadmap, in its order."""
    with store._reading():
        store._org_row(organization_id, include_deleted=True)
        rows = store.db.execute_sql(
            f"SELECT {_ACTION_COLUMNS} FROM action WHERE organization_id = ? "
            "ORDER BY position, created_at, id",
            (organization_id,),
        ).fetchall()
    return [_action(r) for r in rows]


def action(store: Store, action_id: str) -> ActionRecord:
    with store._reading():
        return _action(_action_row(store.db.connection(), action_id))


def add_action(
    store: Store,
    organization_id: str,
    model_id: str,
    title: str,
    *,
    criterion_id: str = "",
    owner: str = "",
    due_on: date | str | None = None,
    status: str = "open",
    notes: str = "",
    private_notes: str = "",
) -> ActionRecord:
    """An action of the consultant's own (or for a criterion), at the end of the roadmap."""
    model_id = checked_model_id(model_id)
    criterion_id = checked_criterion_id(criterion_id)
    values = (
        checked_title(title),
        checked_owner(owner),
        checked_due(due_on),
        checked_status(status),
        checked_notes(notes),
        checked_notes(private_notes),
    )
    with store._writing():
        store._org_row(organization_id)
        connection = store.db.connection()
        _room_for(connection, organization_id, 1)
        action_id = new_id()
        now = utc_now()
        connection.execute(
            f"INSERT INTO action ({_ACTION_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?)",
            (
                action_id,
                organization_id,
                model_id,
                criterion_id,
                *values,
                _next_position(connection, organization_id),
                now,
                now,
                now if values[-1] else "",
            ),
        )
        return _action(_action_row(connection, action_id))


def edit_action(store: Store, action_id: str, **changes: Any) -> ActionRecord:
    """Change some of an action's fields: title, owner, due_on (a date, YYYY-MM-DD, or None /
    '' for none), status, notes, private_notes, position."""
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise TypeError(
            translate("store", "not an editable field of an action: {fields}").format(
                fields=", ".join(sorted(unknown))
            )
        )
    checks: dict[str, Any] = {
        "title": checked_title,
        "owner": checked_owner,
        "due_on": checked_due,
        "status": checked_status,
        "notes": checked_notes,
        "private_notes": checked_notes,
        "position": checked_position,
    }
    values = {name: checks[name](value) for name, value in changes.items()}
    with store._writing():
        connection = store.db.connection()
        old = _action(_action_row(connection, action_id))
        stored = dict(zip(_ACTION_COLUMNS.split(", "), _action_values(old), strict=True))
        if all(stored[name] == value for name, value in values.items()):
            return old
        now = stamp_after(old.updated_at)
        if values.get("private_notes", old.private_notes) != old.private_notes:
            values["private_notes_at"] = now  # they merge apart from the rest of the action
        sets = ", ".join(f"{name} = ?" for name in values)
        connection.execute(
            f"UPDATE action SET {sets}, updated_at = ? WHERE id = ?",
            (*values.values(), now, action_id),
        )
        return _action(_action_row(connection, action_id))


def delete_action(store: Store, action_id: str) -> ActionRecord:
    """Delete an action; returns it as it was, for `restore_action` (an undo)."""
    with store._writing():
        connection = store.db.connection()
        old = _action(_action_row(connection, action_id))
        connection.execute("DELETE FROM action WHERE id = ?", (action_id,))
        _tombstone(connection, "action", action_id, stamp_after(old.updated_at))
    return old


def restore_action(store: Store, removed: ActionRecord) -> ActionRecord:
    """Put back an action `delete_action` took, as it was (same id and place)."""
    with store._writing():
        store._org_row(removed.organization_id)
        connection = store.db.connection()
        if connection.execute("SELECT 1 FROM action WHERE id = ?", (removed.id,)).fetchone():
            raise StoreError(translate("store", "that action is in the roadmap already"))
        _room_for(connection, removed.organization_id, 1)
        connection.executemany(
            f"INSERT INTO action ({_ACTION_COLUMNS}) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_action_values(replace(removed, updated_at=stamp_after(removed.updated_at)))],
        )
        return _action(_action_row(connection, removed.id))


def build_roadmap(store: Store, organization_id: str, model_id: str) -> list[ActionRecord]:
    """Add to the roadmap an action for every criterion between the organization's latest
    placement on that model and its target that has none yet (whatever its status: a dropped
    action stays dropped). Returns the actions added, in their order; none when the target is
    reached. The due date is the target's."""
    with store._writing():
        store._org_row(organization_id)
        connection = store.db.connection()
        row = _target_row(connection, organization_id, model_id)
        if row is None or row[2] is None:
            raise StoreError(
                translate(
                    "store",
                    "the organization has no target on {model_id}; set one first "
                    "(csmaturity target ORG --model {model_id} --stage LEVEL)",
                ).format(model_id=model_id)
            )
        target = _target(row)
        latest = _latest(store, organization_id, model_id)
        if latest is None:
            raise StoreError(
                translate(
                    "store",
                    "the organization has no assessment on {model_id} yet; the roadmap is "
                    "built from the placement of its latest one",
                ).format(model_id=model_id)
            )
        placed = latest.result.placed_level
        answers = {c: a.rating for c, a in latest.answers.items()}
        items = roadmap(latest.model, answers, placed, target.stage_level)
        original = latest.model.original or latest.model
        planned = {
            c
            for (c,) in connection.execute(
                "SELECT criterion_id FROM action WHERE organization_id = ? AND model_id = ? "
                "AND criterion_id <> ''",
                (organization_id, model_id),
            )
        }
        position = _next_position(connection, organization_id)
        now = utc_now()
        due = row[3]
        since = latest.record.assessed_on.isoformat()
        added = []
        for item in items:
            if item.criterion.id in planned:
                continue
            added.append(
                (
                    built_action_id(organization_id, model_id, item.criterion.id),
                    organization_id,
                    model_id,
                    item.criterion.id,
                    # the model's own words, never the language in effect: the same
                    # roadmap built anywhere is the same rows (shown localized, see
                    # `presentation.plan.action_title`)
                    checked_title(first_action(original.criteria_by_id[item.criterion.id])),
                    "",
                    due,
                    "open",
                    "",
                    "",
                    position,
                    latest.record.id,
                    since,
                    now,
                    now,
                    "",
                )
            )
            position += 1
        _room_for(connection, organization_id, len(added))
        connection.executemany(
            f"INSERT INTO action ({_ACTION_COLUMNS}) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            added,
        )
        return [_action(_action_row(connection, values[0])) for values in added]


def checked_model_id(model_id: str) -> str:
    """An action's model, as a model file names it: what every laptop's pull accepts."""
    return check_model_id(model_id)


def checked_criterion_id(criterion_id: str) -> str:
    """An action's criterion, as a model file names it ('' for one of the consultant's own)."""
    return "" if criterion_id == "" else check_criterion_id(criterion_id, "criterion_id")


def checked_position(position: int) -> int:
    """A place in the roadmap, within the bound every laptop's pull accepts."""
    return check_position(position)


# A built action's id is its (organization, model, criterion): two laptops that build the same
# roadmap make the same rows, which a sync then merges into one.
_BUILT_NAMESPACE = uuid.UUID("3b8e4f0a-61c2-4d7e-9a15-c2f08d7b4e93")


def built_action_id(organization_id: str, model_id: str, criterion_id: str) -> str:
    return str(uuid.uuid5(_BUILT_NAMESPACE, f"{organization_id}\n{model_id}\n{criterion_id}"))


def _room_for(connection: sqlite3.Connection, organization_id: str, more: int) -> None:
    """Refuse `more` actions that would take the organization's roadmap past `MAX_ACTIONS`."""
    (count,) = connection.execute(
        "SELECT count(*) FROM action WHERE organization_id = ?", (organization_id,)
    ).fetchone()
    if count + more > MAX_ACTIONS:
        raise StoreError(
            translate(
                "store",
                "an organization's roadmap may hold at most {max_actions} actions; "
                "this one holds {count}",
            ).format(max_actions=formats.integer(MAX_ACTIONS), count=formats.integer(count))
        )


def _next_position(connection: sqlite3.Connection, organization_id: str) -> int:
    (top,) = connection.execute(
        "SELECT max(position) FROM action WHERE organization_id = ?", (organization_id,)
    ).fetchone()
    return 0 if top is None else top + 1


def _action_row(connection: sqlite3.Connection, action_id: str) -> Any:
    row = connection.execute(
        f"SELECT {_ACTION_COLUMNS} FROM action WHERE id = ?", (action_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(
            translate("store", "no action with id {action_id!r}").format(action_id=action_id)
        )
    return row


def _action(row: Any) -> ActionRecord:
    (
        action_id,
        organization_id,
        model_id,
        criterion_id,
        title,
        owner,
        due_on,
        status,
        notes,
        private_notes,
        position,
        source,
        since,
        created_at,
        updated_at,
        private_notes_at,
    ) = row
    return ActionRecord(
        action_id,
        organization_id,
        model_id,
        criterion_id,
        title,
        owner,
        _day(due_on),
        status,
        notes,
        private_notes,
        position,
        source,
        _day(since),
        created_at,
        updated_at,
        private_notes_at,
    )


def _action_values(a: ActionRecord) -> tuple[Any, ...]:
    return (
        a.id,
        a.organization_id,
        a.model_id,
        a.criterion_id,
        a.title,
        a.owner,
        a.due_on.isoformat() if a.due_on else "",
        a.status,
        a.notes,
        a.private_notes,
        a.position,
        a.source_assessment_id,
        a.since.isoformat() if a.since else "",
        a.created_at,
        a.updated_at,
        a.private_notes_at,
    )


def _tombstone(connection: sqlite3.Connection, kind: str, record_id: str, now: str) -> None:
    """Once the store syncs, a record deleted here is deleted on every laptop: its tombstone,
    and the tombstone's pending row (as the triggers of `0005_sync` write them)."""
    if connection.execute("SELECT 1 FROM sync_state").fetchone() is None:
        return
    connection.execute(
        "INSERT OR REPLACE INTO tombstone (kind, id, deleted_at) VALUES (?, ?, ?)",
        (kind, record_id, now),
    )
    connection.execute("UPDATE sync_state SET pending_seq = pending_seq + 1")
    connection.execute(
        "INSERT INTO sync_pending (tbl, key1, key2, seq) VALUES ('tombstone', ?, ?, "
        "(SELECT pending_seq FROM sync_state)) ON CONFLICT (tbl, key1, key2) DO UPDATE "
        "SET seq = excluded.seq",
        (kind, record_id),
    )


# -- the plan as a snapshot carries it


def snapshot_plans(store: Store, organization_id: str | None = None) -> list[SnapshotPlan]:
    """Every organization's plan (or one's), for a snapshot: organizations in the trash left
    out, as their assessments are; those without a target or an action too. In the order of
    `Store.snapshot_assessments` (by name, then id)."""
    where, params = "o.deleted_at IS NULL", []
    if organization_id is not None:
        where, params = where + " AND o.id = ?", [organization_id]
    with store._reading():
        organizations = store.db.execute_sql(
            "SELECT o.id, o.name, o.created_at, o.updated_at FROM organization AS o "
            f"WHERE {where} AND (EXISTS (SELECT 1 FROM target AS t WHERE t.organization_id = "
            "o.id) OR EXISTS (SELECT 1 FROM action AS a WHERE a.organization_id = o.id)) "
            "ORDER BY o.name COLLATE NOCASE, o.id",
            params,
        ).fetchall()
        plans = []
        for org_id, name, created_at, updated_at in organizations:
            targets = store.db.execute_sql(
                "SELECT model_id, stage_level, due_on, created_at, updated_at FROM target "
                "WHERE organization_id = ? ORDER BY model_id",
                (org_id,),
            ).fetchall()
            rows = store.db.execute_sql(
                f"SELECT {_ACTION_COLUMNS} FROM action WHERE organization_id = ? "
                "ORDER BY position, created_at, id",
                (org_id,),
            ).fetchall()
            plans.append(
                SnapshotPlan(
                    org_id,
                    name,
                    created_at,
                    updated_at,
                    tuple(targets),
                    tuple(row[:1] + row[2:] for row in rows),  # without the organization
                )
            )
    return plans


# -- the plan as shown


def _latest(store: Store, organization_id: str, model_id: str) -> ScoredRecord | None:
    """The organization's latest complete assessment on a model (any version), scored; the
    latest draft when none is complete. A draft half rated would place the organization
    lower than it stands: the placement a roadmap starts from is a finished one."""
    row = store.db.execute_sql(
        "SELECT a.id FROM assessment AS a JOIN model_version AS m ON m.id = a.model_version_id "
        "WHERE a.organization_id = ? AND m.model_id = ? "
        "ORDER BY a.status = 'complete' DESC, a.assessed_on DESC, a.created_at DESC, a.id DESC "
        "LIMIT 1",
        (organization_id, model_id),
    ).fetchone()
    return None if row is None else store.scored(row[0])


def _version_key(version: str) -> tuple[tuple[int, ...], str]:
    parts = []
    for part in version.split("."):
        if not part.isdigit():
            return ((), version)
        parts.append(int(part))
    return (tuple(parts), version)


def newest_model(
    store: Store, model_id: str, criterion_id: str | None = None
) -> MaturityModel | None:
    """The newest version stored of a model (by version number): the words the roadmap
    shows its criteria and stages in. With `criterion_id`, the newest that has it: an action
    built from an assessment on an older version keeps its criterion's words and stage."""
    for model in _versions_newest_first(store, model_id):
        if criterion_id is None or criterion_id in model.criteria_by_id:
            return model
    return None


def _versions_newest_first(store: Store, model_id: str) -> list[MaturityModel]:
    rows = store.db.execute_sql(
        "SELECT id, version, created_at FROM model_version WHERE model_id = ?", (model_id,)
    ).fetchall()
    models = []
    for digest, _, _ in sorted(rows, key=lambda r: (_version_key(r[1]), r[2]), reverse=True):
        model = store._readable_model(digest)
        if model is not None:
            models.append(model)
    return models


def _wording(versions: list[MaturityModel], action: ActionRecord) -> MaturityModel | None:
    """The version whose own words for its criterion the action's title is, as the roadmap
    built it (newest first); None for a title the user wrote or edited."""
    if not action.criterion_id:
        return None
    for model in versions:
        criterion = (model.original or model).criteria_by_id.get(action.criterion_id)
        if criterion is not None and clean_name(first_action(criterion)) == action.title:
            return model
    return None


def plan_view(store: Store, organization_id: str, today: date | None = None) -> PlanView:
    """The organization's targets (with the gap from its latest placement) and roadmap."""
    today = today or date.today()
    with store.reading(), store._reading():
        organization = store.organization(organization_id)
        connection = store.db.connection()
        target_views = []
        models: dict[str, MaturityModel | None] = {}
        for target in targets(store, organization_id):
            model = models.setdefault(target.model_id, newest_model(store, target.model_id))
            if model is None:
                continue
            latest = _latest(store, organization_id, target.model_id)
            gap = None
            if latest is not None:
                answers = {c: a.rating for c, a in latest.answers.items()}
                gap = gap_to(latest.model, answers, latest.result.placed_level, target.stage_level)
            target_views.append(
                TargetView(target, model, target_stage(model, target.stage_level), latest, gap)
            )
        rows = actions(store, organization_id)
        achieved = _achievements(store, connection, organization_id, rows)
        all_versions: dict[str, list[MaturityModel]] = {}
        items = []
        for a in rows:
            model = models.setdefault(a.model_id, newest_model(store, a.model_id))
            criterion = model.criteria_by_id.get(a.criterion_id) if model else None
            if criterion is None and a.criterion_id:  # dropped by a later version
                key = f"{a.model_id}\0{a.criterion_id}"
                model = models.setdefault(key, newest_model(store, a.model_id, a.criterion_id))
                criterion = model.criteria_by_id.get(a.criterion_id) if model else None
            stage = (
                next(s for s in model.stages if s.id == criterion.stage)
                if model and criterion
                else None
            )
            by = achieved.get(a.id)
            overdue = (
                by is None
                and a.status in OPEN_STATUSES
                and a.due_on is not None
                and a.due_on < today
            )
            versions = all_versions.setdefault(
                a.model_id, _versions_newest_first(store, a.model_id)
            )
            items.append(PlanItem(a, criterion, stage, by, overdue, _wording(versions, a)))
    return PlanView(organization, tuple(target_views), tuple(items), today)


def _achievements(
    store: Store,
    connection: sqlite3.Connection,
    organization_id: str,
    rows: Iterable[ActionRecord],
) -> dict[str, Achievement]:
    """For each action on a criterion, the earliest later assessment of the organization on
    its model that rates the criterion fully in place: later than the assessment it was built
    from (or, added by hand, dated on or after the action's day and made after it)."""
    wanted = [a for a in rows if a.criterion_id]
    if not wanted:
        return {}
    found = connection.execute(
        "SELECT a.id, a.assessed_on, a.created_at, a.model_version_id, m.model_id, "
        "n.criterion_id, n.score FROM assessment AS a "
        "JOIN model_version AS m ON m.id = a.model_version_id "
        "JOIN answer AS n ON n.assessment_id = a.id "
        "WHERE a.organization_id = ? AND n.score IS NOT NULL AND NOT n.not_applicable "
        "ORDER BY a.assessed_on, a.created_at, a.id",
        (organization_id,),
    ).fetchall()
    full: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for assessment_id, assessed_on, created_at, digest, model_id, criterion_id, score in found:
        model = store._readable_model(digest)
        if model is None or score != model.max_score:
            continue
        full.setdefault((model_id, criterion_id), []).append(
            (assessment_id, assessed_on, created_at)
        )
    made = dict(
        connection.execute(
            "SELECT id, created_at FROM assessment WHERE organization_id = ?", (organization_id,)
        ).fetchall()
    )
    achieved = {}
    for a in wanted:
        if a.since:
            # Later than the source itself: on a later day, or the same day and made after it
            # (after the action, when the source is gone).
            after = (a.since.isoformat(), made.get(a.source_assessment_id, a.created_at))
        else:
            # Added by hand: assessed on or after the day the action was added, and made after
            # it (an old paper assessment typed in later achieves nothing).
            # The day is the local one, as assessed_on is: west of UTC an evening's action is
            # on the next day in UTC.
            day = datetime.fromisoformat(a.created_at).astimezone().date().isoformat()
            after = (day, a.created_at)
        for assessment_id, assessed_on, created_at in full.get((a.model_id, a.criterion_id), ()):
            if assessment_id == a.source_assessment_id:
                continue
            if a.since:
                later = (assessed_on, created_at) > after
            else:
                later = assessed_on >= after[0] and created_at > after[1]
            if later:
                achieved[a.id] = Achievement(assessment_id, date.fromisoformat(assessed_on))
                break
    return achieved
