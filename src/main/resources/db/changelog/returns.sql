--liquibase formatted sql

--changeset sendplan:returns-1-tables
create table data_collection (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    title varchar(200) not null,
    series varchar(200) not null,
    period varchar(40) not null,
    frequency varchar(20) not null,
    phases varchar(200) not null,
    planning_areas text,
    opens_on date not null,
    deadline date not null,
    status varchar(20) not null,
    created_by varchar(200) not null,
    version bigint not null default 0
);
create index data_collection_tenant on data_collection (tenant_id);

create table return_field (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    collection_id uuid not null references data_collection (id),
    position int not null,
    code varchar(80) not null,
    label varchar(200) not null,
    type varchar(20) not null,
    required boolean not null,
    minimum numeric(18,4),
    maximum numeric(18,4),
    not_more_than varchar(80),
    change_threshold_percent numeric(7,2),
    kpi_id uuid,
    kpi_part varchar(20),
    -- Deferred, so two fields may swap codes in one change.
    constraint return_field_code_once unique (collection_id, code) deferrable initially deferred
);

create table school_return (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    collection_id uuid not null references data_collection (id),
    school_id uuid not null references organisation (id),
    status varchar(20) not null,
    overall_query text,
    last_changed_at timestamptz not null,
    version bigint not null default 0,
    constraint school_return_one_per_school unique (collection_id, school_id)
);
create index school_return_school on school_return (tenant_id, school_id);

create table return_value (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    return_id uuid not null references school_return (id),
    field_id uuid not null references return_field (id),
    figure numeric(18,4),
    not_applicable_reason text,
    comment text,
    query text,
    constraint return_value_one_per_field unique (return_id, field_id)
);

-- Who did each step and when; written by the services, never updated or deleted.
create table return_step (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    return_id uuid not null references school_return (id),
    taken_at timestamptz not null,
    taken_by varchar(200) not null,
    action varchar(20) not null,
    note text
);
create index return_step_return on return_step (return_id, taken_at);

--changeset sendplan:returns-2-row-level-security
alter table data_collection enable row level security;
alter table data_collection force row level security;
create policy tenant_isolation on data_collection
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table return_field enable row level security;
alter table return_field force row level security;
create policy tenant_isolation on return_field
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table school_return enable row level security;
alter table school_return force row level security;
create policy tenant_isolation on school_return
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table return_value enable row level security;
alter table return_value force row level security;
create policy tenant_isolation on return_value
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table return_step enable row level security;
alter table return_step force row level security;
create policy tenant_isolation on return_step
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset sendplan:returns-3-grants
grant select, insert, update, delete on data_collection, return_field, school_return, return_value to ${app_role};
grant select, insert on return_step to ${app_role};
