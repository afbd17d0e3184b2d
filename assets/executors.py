"""Run the assets on a Dask cluster: `dask_executor`, a thin fix of `dagster_dask.dask_executor`.

Why not `dagster_dask.dask_executor` as is: with dagster-dask 0.29.27 and dask 2026.x, every
run of a job whose assets declare a concurrency `pool` (ours do: `pool="duckdb"`) fails before
the first step. Dagster stores the pool information on the run (`DagsterRun.run_op_concurrency`,
a `@record` that forbids iteration), the Dask executor hands the run to `Client.submit` as a
task argument, and dask's task-spec parser walks every tuple argument, so it iterates the
record and raises "Iteration is not allowed on `@record` RunOpConcurrency".

The fix: the same executor, the same config schema (`cluster: {local | existing | kube | ...}`),
the same function run on the workers; only the step's context travels inside a
`functools.partial` (the task's function, which dask does not parse) instead of as task
arguments. The list of upstream futures stays an argument, so dask still orders the steps.

    job = dg.define_asset_job("uav_etl_dask_job", selection=dg.AssetSelection.all(), executor_def=dask_executor)

and run it with `execution: {config: {cluster: {local: {n_workers: 2}}}}` or
`cluster: {existing: {address: tcp://scheduler:8786}}` (see docs/scaling.md). Dask runs each
step in a worker process that rebuilds the job from its code location and reports to the same
persistent Dagster instance, so the job must be reconstructable and the instance not ephemeral.
"""

from __future__ import annotations

import functools
import importlib

import dagster as dg
import dask
import dask.distributed
from dagster._core.errors import raise_execution_interrupts
from dagster._core.execution.context.system import PlanOrchestrationContext
from dagster._core.execution.plan.plan import ExecutionPlan
from dagster._utils import iterate_with_context
from dagster_dask.executor import DaskExecutor, get_dask_resource_requirements, query_on_dask_worker
from dagster_dask.executor import dask_executor as _upstream_dask_executor

# cluster kind -> (module, class), as dagster_dask builds them (those packages are optional)
CLUSTERS = {
    "local": ("dask.distributed", "LocalCluster"),
    "yarn": ("dask_yarn", "YarnCluster"),
    "ssh": ("dask.distributed", "SSHCluster"),
    "pbs": ("dask_jobqueue", "PBSCluster"),
    "moab": ("dask_jobqueue", "MoabCluster"),
    "sge": ("dask_jobqueue", "SGECluster"),
    "lsf": ("dask_jobqueue", "LSFCluster"),
    "slurm": ("dask_jobqueue", "SLURMCluster"),
    "oar": ("dask_jobqueue", "OARCluster"),
    "kube": ("dask_kubernetes", "KubeCluster"),
}


class PoolSafeDaskExecutor(DaskExecutor):
    def execute(self, plan_context: PlanOrchestrationContext, execution_plan: ExecutionPlan):
        if not plan_context.instance.is_persistent:
            raise dg.DagsterInvariantViolationError("Dask execution requires a persistent DagsterInstance")
        cluster = self.start_cluster(plan_context.job_name)
        try:
            with dask.distributed.Client(cluster) as client:
                yield from self._submit(client, plan_context, execution_plan)
        finally:
            if not isinstance(cluster, str):  # a cluster this run started (not an existing one)
                cluster.close()

    def start_cluster(self, job_name: str):
        """The cluster this run uses: an address (existing) or a cluster object it starts."""
        if self.cluster_type == "existing":
            return self.cluster_configuration["address"]
        if self.cluster_type not in CLUSTERS:
            raise ValueError(
                f"unknown Dask cluster type {self.cluster_type!r}; expected existing or {sorted(CLUSTERS)}"
            )
        module, name = CLUSTERS[self.cluster_type]
        # Dask starts worker processes as daemons, and a daemon may not have child processes, so
        # the claims step could not use its extraction process pool (more than two chunks of
        # documents fail with "daemonic processes are not allowed to have children"). Workers of
        # a cluster this run starts are ordinary processes; remote clusters need the same setting
        # (`distributed.worker.daemon: false`, see docs/scaling.md).
        with dask.config.set({"distributed.worker.daemon": False}):
            return getattr(importlib.import_module(module), name)(**self.build_dict(job_name))

    @staticmethod
    def _submit(client: dask.distributed.Client, plan_context: PlanOrchestrationContext, plan: ExecutionPlan):
        futures: dict[str, dask.distributed.Future] = {}
        for level in plan.get_steps_to_execute_by_level():
            for step in level:
                upstream = [futures[key] for step_input in step.step_inputs for key in step_input.dependency_keys]
                run_step = functools.partial(
                    query_on_dask_worker,
                    recon_job=plan_context.reconstructable_job,
                    dagster_run=plan_context.dagster_run,
                    run_config=plan_context.run_config,
                    step_keys=[step.key],
                    instance_ref=plan_context.instance.get_ref(),
                    known_state=plan.known_state,
                )
                futures[step.key] = client.submit(
                    run_step,
                    upstream,  # futures: dask starts this step only when they are done
                    key=f"{plan_context.job_name}.{step.key}",
                    resources=get_dask_resource_requirements(step.tags),
                    pure=False,
                )
        done = dask.distributed.as_completed(list(futures.values()), with_results=True)
        for _future, events in iterate_with_context(raise_execution_interrupts, done):
            yield from events


@dg.executor(
    name="dask",
    config_schema=_upstream_dask_executor.config_schema,
    requirements=dg.multiple_process_executor_requirements(),
)
def dask_executor(init_context: dg.InitExecutorContext) -> PoolSafeDaskExecutor:
    """dagster_dask's Dask executor (same config), working with concurrency pools."""
    ((cluster_type, cluster_configuration),) = init_context.executor_config["cluster"].items()
    return PoolSafeDaskExecutor(cluster_type, cluster_configuration)
