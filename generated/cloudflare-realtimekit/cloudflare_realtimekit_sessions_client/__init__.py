"""A client library for accessing Cloudflare RealtimeKit API — Sessions"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
