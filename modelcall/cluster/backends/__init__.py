"""Cluster backends behind one interface (:class:`Backend`: submit, status, cancel, logs, describe)."""
from modelcall.cluster.backends.base import Backend, JobState, JobStatus

__all__ = ["Backend", "JobState", "JobStatus"]
