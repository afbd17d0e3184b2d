-- The time of the publish being built (UTC), for history.sql.
set variable published_at = $at::timestamp;
