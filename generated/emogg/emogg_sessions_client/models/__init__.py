"""Contains all the data models used in inputs/outputs.

Each model loads on first use (a module `__getattr__`, PEP 562): a call imports the models its response needs,
not all of them (the import budget is httpx plus 10 %; see scripts/bench/imports.py).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_session_body import CreateSessionBody
    from .emotion_intensity import EmotionIntensity
    from .emotions_timeline import EmotionsTimeline
    from .emotions_timeline_entry import EmotionsTimelineEntry
    from .emotions_timeline_entry_emotions import EmotionsTimelineEntryEmotions
    from .error import Error
    from .expanded_object import ExpandedObject
    from .sentiments import Sentiments
    from .session import Session
    from .session_config import SessionConfig
    from .session_emotions import SessionEmotions
    from .session_emotions_emotions import SessionEmotionsEmotions
    from .session_list import SessionList
    from .session_meta import SessionMeta
    from .session_source import SessionSource
    from .transcription_sentiment import TranscriptionSentiment
    from .transcription_sentiment_entry import TranscriptionSentimentEntry
    from .update_session_body import UpdateSessionBody

_MODULES = {
    "CreateSessionBody": ".create_session_body",
    "EmotionIntensity": ".emotion_intensity",
    "EmotionsTimeline": ".emotions_timeline",
    "EmotionsTimelineEntry": ".emotions_timeline_entry",
    "EmotionsTimelineEntryEmotions": ".emotions_timeline_entry_emotions",
    "Error": ".error",
    "ExpandedObject": ".expanded_object",
    "Sentiments": ".sentiments",
    "Session": ".session",
    "SessionConfig": ".session_config",
    "SessionEmotions": ".session_emotions",
    "SessionEmotionsEmotions": ".session_emotions_emotions",
    "SessionList": ".session_list",
    "SessionMeta": ".session_meta",
    "SessionSource": ".session_source",
    "TranscriptionSentiment": ".transcription_sentiment",
    "TranscriptionSentimentEntry": ".transcription_sentiment_entry",
    "UpdateSessionBody": ".update_session_body",
}

__all__ = (
    "CreateSessionBody",
    "EmotionIntensity",
    "EmotionsTimeline",
    "EmotionsTimelineEntry",
    "EmotionsTimelineEntryEmotions",
    "Error",
    "ExpandedObject",
    "Sentiments",
    "Session",
    "SessionConfig",
    "SessionEmotions",
    "SessionEmotionsEmotions",
    "SessionList",
    "SessionMeta",
    "SessionSource",
    "TranscriptionSentiment",
    "TranscriptionSentimentEntry",
    "UpdateSessionBody",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups find it without calling here
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
