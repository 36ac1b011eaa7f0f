"""Spreading one big distillation over a cluster without losing anything.

The pieces, one room each:

- :mod:`modelcall.cluster.manifest`: the state *we* own: ``<output_base_dir>/manifest.json`` (chunk, model,
  backend job id, attempt, state) and one completion marker per finished chunk.
- :mod:`modelcall.cluster.jobs`: what a job is (``JobSpec``), the batch file the backends hand to workers,
  and the job command built from a template.
- :mod:`modelcall.cluster.worker`: ``python -m modelcall.cluster.worker <batch.json> <index>``: what runs on a
  node; it runs the job command and writes the completion marker when it exits 0 (the local pool does
  the same in-process).
- :mod:`modelcall.cluster.backends`: interchangeable adapters behind one small interface
  (submit, status, cancel, logs): ``local`` (a process pool here), ``slurm`` (job arrays), ``siflow``.
- :mod:`modelcall.cluster.submit`: split, reconcile the manifest with the backend, submit what is missing, wait.
- :mod:`modelcall.cluster.merge`: merge per-chunk outputs into one file per model, deduplicated, with a report.
"""
