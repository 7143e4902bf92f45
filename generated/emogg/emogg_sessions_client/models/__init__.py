"""Contains all the data models used in inputs/outputs"""

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
