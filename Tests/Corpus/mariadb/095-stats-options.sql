-- title: persistent statistics table options
-- feature: table-stats-options
-- doc: https://mariadb.com/kb/en/create-table/#stats_persistent
-- from
create table big_fact (id bigint auto_increment primary key, dim int not null);
-- rows
insert into big_fact (dim) values (1), (2);
-- to
create table big_fact (id bigint auto_increment primary key, dim int not null) stats_persistent = 1 stats_auto_recalc = 0 stats_sample_pages = 64;
