package io.eventboard.application.status;

import java.util.List;

/** Port: the last run of each background job on this node (empty for jobs that have not run yet). */
public interface JobHistory {

    List<JobRun> lastRuns();
}
