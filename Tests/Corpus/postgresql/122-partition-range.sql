-- title: measurements table partitioned by range (whole table replaced)
-- feature: partition-range
-- doc: https://www.postgresql.org/docs/15/ddl-partitioning.html
-- from
create table measurement_log (city_id int not null, logdate date not null, peaktemp int);
-- rows
insert into measurement_log values (1, '2024-01-15', 10), (2, '2024-02-20', 12);
-- to
create table measurement_log (city_id int not null, logdate date not null, peaktemp int) partition by range (logdate);
create table measurement_log_y2024m01 partition of measurement_log for values from ('2024-01-01') to ('2024-02-01');
create table measurement_log_y2024m02 partition of measurement_log for values from ('2024-02-01') to ('2024-03-01');
