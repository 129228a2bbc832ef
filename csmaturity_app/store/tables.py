"""The database tables (peewee models) of today's schema.

Migrations never import these: each migration declares the frozen tables it
needs, so that today's classes can change without rewriting history.
"""

from __future__ import annotations

import uuid

from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
)

from csmaturity_app.store.clock import utc_now

# Never initialised: a query outside `Store._reading` (which binds the tables to one open
# store) fails loudly instead of reaching whichever store happened to open last.
database_proxy = DatabaseProxy()


def new_id() -> str:
    return str(uuid.uuid4())


class BaseTable(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Organization(BaseTable):
    id = CharField(primary_key=True, default=new_id)
    name = TextField()
    created_at = TextField(default=utc_now)
    updated_at = TextField(default=utc_now)
    deleted_at = TextField(null=True)  # in the trash: hidden, restorable until emptied


class ModelVersion(BaseTable):
    """A maturity model definition exactly as an assessment was taken with it (JSON)."""

    id = CharField(primary_key=True)  # sha256 of the canonical JSON definition
    model_id = TextField()
    version = TextField()
    title = TextField()
    definition = TextField()
    created_at = TextField(default=utc_now)


class Assessment(BaseTable):
    id = CharField(primary_key=True, default=new_id)
    organization = ForeignKeyField(Organization, backref="assessments", on_delete="CASCADE")
    model_version = ForeignKeyField(ModelVersion, backref="assessments")
    assessed_on = TextField()  # ISO date
    assessor = TextField(default="")
    status = TextField(default="draft")  # draft | complete
    created_at = TextField(default=utc_now)
    updated_at = TextField(default=utc_now)
    position = TextField(default="")  # the wizard page to resume on
    carried_from = TextField(null=True)  # the assessment this draft was carried forward from


class Answer(BaseTable):
    assessment = ForeignKeyField(Assessment, backref="answers", on_delete="CASCADE")
    criterion_id = TextField()
    score = SmallIntegerField(null=True)
    not_applicable = BooleanField(default=False)
    notes = TextField(default="")
    updated_at = TextField(default=utc_now)
    needs_review = BooleanField(default=False)  # carried forward, not rated again since
    # The median of the respondents' ratings (see `maturity.consensus`), not set by the
    # facilitator: it follows their ratings until the facilitator sets it.
    from_respondents = BooleanField(default=False)
    # The consultant's own notes: never in a client-safe output (report, plan, snapshot).
    private_notes = TextField(default="")
    # When they were last written ('' for never): they merge apart from the answer, so that
    # a copy that never had them (a client-safe file gone round a client) cannot erase them.
    private_notes_at = TextField(default="")

    class Meta:
        primary_key = CompositeKey("assessment", "criterion_id")


class Respondent(BaseTable):
    """One person who rates an assessment's criteria. An assessment without any has one, its
    assessor, written down when a second is added (see `store.respondents`)."""

    id = CharField(primary_key=True, default=new_id)
    assessment = ForeignKeyField(Assessment, backref="respondents", on_delete="CASCADE")
    name = TextField()
    role = TextField(default="")
    position = IntegerField()  # order in the assessment's list: the assessor first
    created_at = TextField(default=utc_now)
    updated_at = TextField(default=utc_now)
    # The last questionnaire collected from them: the time the file says it was saved, and a
    # digest of its answers ('' for none).
    collected_at = TextField(default="")
    collected_digest = TextField(default="")


class RespondentAnswer(BaseTable):
    respondent = ForeignKeyField(Respondent, backref="answers", on_delete="CASCADE")
    criterion_id = TextField()
    score = SmallIntegerField(null=True)
    not_applicable = BooleanField(default=False)
    notes = TextField(default="")
    updated_at = TextField(default=utc_now)

    class Meta:
        primary_key = CompositeKey("respondent", "criterion_id")


class Target(BaseTable):
    """The stage of a maturity model (by its id, any version) an organization aims for, and
    the date to reach it by. Clearing a target keeps its row with no stage, so that a team
    sync carries the clearing as it carries any change."""

    organization = ForeignKeyField(Organization, backref="targets", on_delete="CASCADE")
    model_id = TextField()
    stage_level = IntegerField(null=True)  # None: cleared
    due_on = TextField(default="")  # ISO date, or '' for no date
    created_at = TextField(default=utc_now)
    updated_at = TextField(default=utc_now)

    class Meta:
        primary_key = CompositeKey("organization", "model_id")


class Action(BaseTable):
    """One item of an organization's roadmap (see `store.plan`). It belongs to the
    organization, not to an assessment: `source_assessment_id` and `since` only say which
    assessment's placement it was built from, so that a later one can show it achieved."""

    id = CharField(primary_key=True, default=new_id)
    organization = ForeignKeyField(Organization, backref="actions", on_delete="CASCADE")
    model_id = TextField()
    criterion_id = TextField(default="")  # '' for an action of the consultant's own
    title = TextField()
    owner = TextField(default="")
    due_on = TextField(default="")  # ISO date, or ''
    status = TextField(default="open")  # open | in progress | done | dropped
    notes = TextField(default="")
    private_notes = TextField(default="")
    position = IntegerField()  # order in the organization's roadmap
    source_assessment_id = TextField(default="")  # not a foreign key: it may be deleted
    since = TextField(default="")  # the assessed_on of that assessment
    created_at = TextField(default=utc_now)
    updated_at = TextField(default=utc_now)
    private_notes_at = TextField(default="")  # as the answer's: '' for never written


class Tombstone(BaseTable):
    """A record deleted for good, kept so that a team sync deletes it everywhere (`kind`: the
    table it was deleted from). Declared here, with the others, so that the team server's table
    is generated from the same definition (`team_tables`)."""

    kind = TextField()
    id = TextField()
    deleted_at = TextField(default=utc_now)

    class Meta:
        primary_key = CompositeKey("kind", "id")


# Tombstone is not among them: stores older than the sync schema have no such table.
ALL_TABLES = (
    Organization,
    ModelVersion,
    Assessment,
    Answer,
    Respondent,
    RespondentAnswer,
    Target,
    Action,
)
__all__ = [
    "ALL_TABLES",
    "Action",
    "Answer",
    "Assessment",
    "IntegerField",
    "ModelVersion",
    "Organization",
    "Respondent",
    "RespondentAnswer",
    "Target",
    "Tombstone",
]
