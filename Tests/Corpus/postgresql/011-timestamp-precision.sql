-- title: timestamptz(0) becomes timestamptz(3)
-- feature: timestamp-precision
-- doc: https://www.postgresql.org/docs/15/datatype-datetime.html
-- from
create table audit_log (id bigserial primary key, logged_at timestamp(0) with time zone not null default now());
-- rows
insert into audit_log default values;
insert into audit_log (logged_at) values ('2023-03-04 05:06:07+00');
-- to
create table audit_log (id bigserial primary key, logged_at timestamp(3) with time zone not null default now());
