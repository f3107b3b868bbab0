-- title: table partitioned by RANGE on year
-- feature: partition-range
-- doc: https://mariadb.com/kb/en/range-partitioning-type/
-- from
create table sale (id int not null, sold_on date not null, amount decimal(10,2), primary key (id, sold_on));
-- rows
insert into sale values (1, '2023-05-01', 10), (2, '2024-06-01', 20);
-- to
create table sale (id int not null, sold_on date not null, amount decimal(10,2), primary key (id, sold_on)) partition by range (year(sold_on)) (partition p2023 values less than (2024), partition p2024 values less than (2025), partition pmax values less than maxvalue);
