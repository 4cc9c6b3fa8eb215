import CoreMetrics
import Metrics
import Prometheus

/// The Prometheus registry behind `/metrics`: Hummingbird's request metrics (through swift-metrics)
/// and the library's own gauges, refreshed at each scrape.
enum ServerMetrics {
    static let registry = PrometheusCollectorRegistry()

    /// swift-metrics takes one backend per process; the first server started installs it.
    static let bootstrap: Void = {
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    }()
}
