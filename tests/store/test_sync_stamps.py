"""Every change that syncs is stamped, so that the newest-wins rule carries it: the wizard's
page, moving an organization to the trash and back."""

from __future__ import annotations

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

FRESH_SUMMARY = (
    "SELECT count(*) FROM assessment AS a JOIN assessment_result AS r "
    "ON r.assessment_id = a.id AND r.assessment_updated_at = a.updated_at WHERE a.id = ?"
)


def test_setting_the_position_stamps_the_assessment_and_keeps_its_summary(
    store: Store, tsia: MaturityModel
):
    org = store.create_organization("Acme")
    draft = store.create_assessment(org.id, tsia, "Ann")
    store.record_answer(draft.id, tsia.criteria[0].id, 2)
    before = store.assessment(draft.id).updated_at
    store.result_summaries([draft.id])  # scored and kept
    assert store.db.execute_sql(FRESH_SUMMARY, (draft.id,)).fetchone() == (1,)

    store.set_position(draft.id, "stage:norming")

    after = store.assessment(draft.id)
    assert after.position == "stage:norming"
    assert after.updated_at > before
    # the results did not change: the stored row is still the one used
    assert store.db.execute_sql(FRESH_SUMMARY, (draft.id,)).fetchone() == (1,)


def test_the_same_position_again_changes_nothing(store: Store, tsia: MaturityModel):
    org = store.create_organization("Acme")
    draft = store.create_assessment(org.id, tsia, "Ann")
    store.set_position(draft.id, "stage:norming")
    stamped = store.assessment(draft.id).updated_at
    store.set_position(draft.id, "stage:norming")
    assert store.assessment(draft.id).updated_at == stamped


def test_the_trash_and_back_are_stamped(store: Store):
    org = store.create_organization("Acme")
    store.delete_organization(org.id)
    trashed = store.db.execute_sql(
        "SELECT updated_at FROM organization WHERE id = ?", (org.id,)
    ).fetchone()[0]
    assert trashed > org.updated_at
    restored = store.restore_organization(org.id)
    assert restored.updated_at > trashed
