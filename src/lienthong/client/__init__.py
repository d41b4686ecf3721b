"""Python client for the lienthong gateway (mutual TLS or signed bearer tokens)."""

from lienthong.client._client import Client, ServiceResult, raise_for_problem

__all__ = ["Client", "ServiceResult", "raise_for_problem"]
