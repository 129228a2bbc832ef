"""Maturity model definitions (load, validate) and the scoring rule. No Qt, no database."""

from csmaturity_app.maturity.definition import (
    Attribution,
    Criterion,
    Dimension,
    MaturityModel,
    ScalePoint,
    Stage,
)
from csmaturity_app.maturity.loader import (
    ModelFileError,
    load_model_file,
    parse_model,
    parse_model_json,
)
from csmaturity_app.maturity.scoring import AnswerValue, AssessmentResult, score_assessment

__all__ = [
    "AnswerValue",
    "AssessmentResult",
    "Attribution",
    "Criterion",
    "Dimension",
    "MaturityModel",
    "ModelFileError",
    "ScalePoint",
    "Stage",
    "load_model_file",
    "parse_model",
    "parse_model_json",
    "score_assessment",
]
