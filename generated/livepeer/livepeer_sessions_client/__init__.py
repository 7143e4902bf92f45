"""A client library for accessing Livepeer Studio API — Sessions"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
