--liquibase formatted sql

--changeset sendplan:kpis-1-tables
create table kpi (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    name varchar(300) not null,
    definition text,
    unit varchar(20) not null,
    direction varchar(20) not null,
    frequency varchar(20) not null,
    baseline_value numeric(16,4),
    baseline_period_start date,
    amber_tolerance numeric(16,4) not null,
    source varchar(40) not null,
    breakdowns varchar(200) not null,
    last_changed_by varchar(200) not null,
    last_changed_at timestamptz not null,
    version bigint not null default 0
);
create index kpi_tenant on kpi (tenant_id, name);

create table kpi_target (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    kpi_id uuid not null references kpi (id),
    period_start date not null,
    target numeric(16,4) not null,
    constraint kpi_target_one_per_period unique (kpi_id, period_start)
);

-- LA-entered figures: breakdown and category are empty strings for the overall figure.
create table kpi_value (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    kpi_id uuid not null references kpi (id),
    period_start date not null,
    breakdown varchar(20) not null,
    category varchar(100) not null,
    numerator numeric(16,4) not null,
    denominator numeric(16,4),
    entered_by varchar(200) not null,
    entered_at timestamptz not null,
    constraint kpi_value_one_per_period unique (kpi_id, period_start, breakdown, category)
);

-- Actions live in the plans module; no foreign key, so removing an action never waits on KPIs.
-- The links are an element collection of the KPI, so the tenant comes from the transaction's setting.
create table kpi_action (
    tenant_id uuid not null default app_current_tenant() references tenant (id),
    kpi_id uuid not null references kpi (id),
    action_id uuid not null,
    primary key (kpi_id, action_id)
);
create index kpi_action_action on kpi_action (tenant_id, action_id);

-- One organisation's figure from one accepted return (the source).
create table kpi_collected_value (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    kpi_id uuid not null references kpi (id),
    source_id uuid not null,
    organisation_id uuid not null references organisation (id),
    period_start date not null,
    numerator numeric(16,4) not null,
    denominator numeric(16,4),
    recorded_at timestamptz not null,
    constraint kpi_collected_value_one_per_source unique (source_id, kpi_id, organisation_id)
);
create index kpi_collected_value_kpi on kpi_collected_value (tenant_id, kpi_id, period_start);

-- Who changed what and when; written by the services, never updated or deleted.
create table kpi_change (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    kpi_id uuid not null references kpi (id),
    changed_at timestamptz not null,
    changed_by varchar(200) not null,
    summary text not null
);
create index kpi_change_kpi on kpi_change (tenant_id, kpi_id, changed_at);

--changeset sendplan:kpis-2-row-level-security
alter table kpi enable row level security;
alter table kpi force row level security;
create policy tenant_isolation on kpi
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table kpi_target enable row level security;
alter table kpi_target force row level security;
create policy tenant_isolation on kpi_target
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table kpi_value enable row level security;
alter table kpi_value force row level security;
create policy tenant_isolation on kpi_value
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table kpi_action enable row level security;
alter table kpi_action force row level security;
create policy tenant_isolation on kpi_action
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table kpi_collected_value enable row level security;
alter table kpi_collected_value force row level security;
create policy tenant_isolation on kpi_collected_value
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table kpi_change enable row level security;
alter table kpi_change force row level security;
create policy tenant_isolation on kpi_change
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset sendplan:kpis-3-grants
grant select, insert, update, delete on kpi, kpi_target, kpi_value, kpi_action, kpi_collected_value to ${app_role};
grant select, insert on kpi_change to ${app_role};
