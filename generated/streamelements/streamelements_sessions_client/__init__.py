"""A client library for accessing StreamElements Kappa API — Sessions"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
