"""The first schema: organizations, frozen maturity model versions, assessments, answers."""

from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    Database,
    ForeignKeyField,
    Model,
    SmallIntegerField,
    TextField,
)
from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Organization(Base):
        id = CharField(primary_key=True)
        name = TextField()
        created_at = TextField()
        updated_at = TextField()

    class ModelVersion(Base):
        id = CharField(primary_key=True)
        model_id = TextField()
        version = TextField()
        title = TextField()
        definition = TextField()
        created_at = TextField()

    class Assessment(Base):
        id = CharField(primary_key=True)
        organization = ForeignKeyField(Organization, on_delete="CASCADE")
        model_version = ForeignKeyField(ModelVersion)
        assessed_on = TextField()
        assessor = TextField()
        status = TextField()
        created_at = TextField()
        updated_at = TextField()

    class Answer(Base):
        assessment = ForeignKeyField(Assessment, on_delete="CASCADE")
        criterion_id = TextField()
        score = SmallIntegerField(null=True)
        not_applicable = BooleanField()
        notes = TextField()
        updated_at = TextField()

        class Meta:
            primary_key = CompositeKey("assessment", "criterion_id")

    db.create_tables([Organization, ModelVersion, Assessment, Answer])
    db.execute_sql("CREATE INDEX assessment_org_date ON assessment (organization_id, assessed_on)")
    db.execute_sql("CREATE INDEX organization_name ON organization (name COLLATE NOCASE)")
