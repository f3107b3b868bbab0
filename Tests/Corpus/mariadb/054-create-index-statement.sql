-- title: index added with a separate CREATE INDEX statement
-- feature: index
-- doc: https://mariadb.com/kb/en/create-index/
-- from
create table shipment (id int auto_increment primary key, carrier varchar(20) not null, shipped_on date not null);
-- rows
insert into shipment (carrier, shipped_on) values ('ups', '2024-01-02'), ('dhl', '2024-01-03');
-- to
create table shipment (id int auto_increment primary key, carrier varchar(20) not null, shipped_on date not null);
create index shipment_carrier_date on shipment (carrier, shipped_on);
