-- title: system versioning with explicit row_start / row_end columns and PERIOD FOR SYSTEM_TIME
-- feature: system-versioned
-- doc: https://mariadb.com/kb/en/system-versioned-tables/
-- from
create table price_list (id int primary key, price decimal(10,2) not null);
-- rows
insert into price_list values (1, 9.99), (2, 19.99);
-- to
create table price_list (id int primary key, price decimal(10,2) not null, valid_from timestamp(6) generated always as row start invisible, valid_to timestamp(6) generated always as row end invisible, period for system_time (valid_from, valid_to)) with system versioning;
