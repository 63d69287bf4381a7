-- Every durable deadline by name and scope (the application it belongs to), so that cancelling an application's
-- deadlines reads only those (ScopeIndexedDeadlineManager); Axon itself would read every deadline scheduled.
CREATE TABLE deadline_scope (
    task_instance TEXT  NOT NULL PRIMARY KEY, -- scheduled_tasks.task_instance of task AxonDeadline
    deadline_name TEXT  NOT NULL,
    scope         BYTEA NOT NULL              -- the scope as Axon serializes it, compared byte for byte
);
CREATE INDEX deadline_scope_by_scope ON deadline_scope (scope, deadline_name);

-- A deadline leaves the list with its task, however the task goes: executed, cancelled by id or by scope.
CREATE FUNCTION forget_deadline_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM deadline_scope WHERE task_instance = OLD.task_instance;
    RETURN NULL;
END
$$;
CREATE TRIGGER deadline_task_deleted AFTER DELETE ON scheduled_tasks
    FOR EACH ROW WHEN (OLD.task_name = 'AxonDeadline') EXECUTE FUNCTION forget_deadline_scope();
