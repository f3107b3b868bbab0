-- title: table partitioned by LIST
-- feature: partition-list
-- doc: https://mariadb.com/kb/en/list-partitioning-type/
-- from
create table customer_region (id int not null, region_id int not null, primary key (id, region_id));
-- rows
insert into customer_region values (1, 1), (2, 3);
-- to
create table customer_region (id int not null, region_id int not null, primary key (id, region_id)) partition by list (region_id) (partition p_eu values in (1, 2), partition p_us values in (3), partition p_rest default);
