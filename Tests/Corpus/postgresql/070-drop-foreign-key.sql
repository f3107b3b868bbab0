-- title: foreign key constraint dropped, column kept
-- feature: foreign-key
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table brand (id serial primary key, name text not null);
create table model (id serial primary key, brand_id int not null, constraint model_brand_fk foreign key (brand_id) references brand (id));
-- rows
insert into brand (name) values ('Acme');
insert into model (brand_id) values (1), (1);
-- to
create table brand (id serial primary key, name text not null);
create table model (id serial primary key, brand_id int not null);
