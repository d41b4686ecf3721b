"""Gateway metrics: calls by outcome, refusals by reason, latency per service and client."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest

from lienthong.exchange import GatewayMetrics


def test_calls_refusals_and_latency_are_counted_per_label() -> None:
    registry = CollectorRegistry()
    metrics = GatewayMetrics(registry)
    for _ in range(3):
        metrics.observe(service="s", client="c", outcome="allowed", reason=None, seconds=0.001)
    metrics.observe(service="s", client="c", outcome="refused", reason="no-right", seconds=0.003)
    text = generate_latest(registry).decode()
    assert 'lienthong_gateway_calls_total{client="c",outcome="allowed",service="s"} 3.0' in text
    assert 'lienthong_gateway_calls_total{client="c",outcome="refused",service="s"} 1.0' in text
    assert 'lienthong_gateway_refusals_total{client="c",reason="no-right",service="s"} 1.0' in text
    assert 'lienthong_gateway_call_seconds_count{client="c",service="s"} 4.0' in text
    assert 'lienthong_gateway_call_seconds_bucket{client="c",le="0.002",service="s"} 3.0' in text
