-- title: a new range partition added
-- feature: partition-range
-- doc: https://www.postgresql.org/docs/15/ddl-partitioning.html
-- from
create table sale (id bigint not null, sold_on date not null, amount numeric(10,2), primary key (id, sold_on)) partition by range (sold_on);
create table sale_2023 partition of sale for values from ('2023-01-01') to ('2024-01-01');
-- rows
insert into sale values (1, '2023-05-01', 10), (2, '2023-06-01', 20);
-- to
create table sale (id bigint not null, sold_on date not null, amount numeric(10,2), primary key (id, sold_on)) partition by range (sold_on);
create table sale_2023 partition of sale for values from ('2023-01-01') to ('2024-01-01');
create table sale_2024 partition of sale for values from ('2024-01-01') to ('2025-01-01');
