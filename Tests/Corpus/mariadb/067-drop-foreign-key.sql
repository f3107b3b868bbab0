-- title: foreign key dropped, its supporting index kept
-- feature: foreign-key
-- doc: https://mariadb.com/kb/en/alter-table/#drop-foreign-key
-- from
create table brand (id int primary key, name varchar(50) not null);
create table model (id int primary key, brand_id int not null, key model_brand_id (brand_id), constraint model_brand_fk foreign key (brand_id) references brand (id));
-- rows
insert into brand values (1, 'Acme');
insert into model values (1, 1), (2, 1);
-- to
create table brand (id int primary key, name varchar(50) not null);
create table model (id int primary key, brand_id int not null, key model_brand_id (brand_id));
