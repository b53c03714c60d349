--liquibase formatted sql

--changeset sendplan:finance-1-tables
create table resource_proposal (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    version_number int not null,
    supersedes uuid references resource_proposal (id),
    title varchar(200) not null,
    purpose text,
    unit varchar(12) not null,
    first_year int not null,
    number_of_years int not null,
    status varchar(30) not null,
    decision_text text,
    decision_date date,
    decision_recorded_by varchar(200),
    last_changed_by varchar(200) not null,
    last_changed_at timestamptz not null,
    version bigint not null default 0
);
create index resource_proposal_tenant on resource_proposal (tenant_id);

create table resource_proposal_item (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    proposal_id uuid not null references resource_proposal (id),
    position int not null,
    name varchar(300) not null,
    category varchar(40) not null,
    source varchar(20) not null,
    one_off_years int,
    note text,
    expected_annual_saving numeric(14,2)
);
create index resource_proposal_item_proposal on resource_proposal_item (proposal_id);

create table resource_proposal_cost (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    item_id uuid not null references resource_proposal_item (id),
    financial_year int not null,
    amount numeric(14,2) not null,
    constraint resource_proposal_cost_one_per_year unique (item_id, financial_year)
);

create table high_needs_forecast (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    title varchar(200) not null,
    version_label varchar(120) not null,
    unit varchar(12) not null,
    first_year int not null,
    number_of_years int not null,
    opening_deficit numeric(14,2) not null,
    last_changed_by varchar(200) not null,
    last_changed_at timestamptz not null,
    version bigint not null default 0
);
create index high_needs_forecast_tenant on high_needs_forecast (tenant_id);

create table high_needs_forecast_line (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    forecast_id uuid not null references high_needs_forecast (id),
    position int not null,
    kind varchar(20) not null,
    name varchar(300) not null
);
create index high_needs_forecast_line_forecast on high_needs_forecast_line (forecast_id);

create table high_needs_forecast_amount (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    line_id uuid not null references high_needs_forecast_line (id),
    financial_year int not null,
    amount numeric(14,2) not null,
    constraint high_needs_forecast_amount_one_per_year unique (line_id, financial_year)
);

create table savings_target (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    title varchar(200) not null,
    financial_year int not null,
    unit varchar(12) not null,
    target numeric(14,2) not null,
    last_changed_by varchar(200) not null,
    last_changed_at timestamptz not null,
    version bigint not null default 0
);
create index savings_target_tenant on savings_target (tenant_id);

create table service_budget_line (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    savings_target_id uuid not null references savings_target (id),
    position int not null,
    service varchar(300) not null,
    last_year_budget numeric(14,2) not null,
    this_year_budget numeric(14,2) not null
);
create index service_budget_line_target on service_budget_line (savings_target_id);

-- Who changed what and when; written by the services, never updated or deleted.
create table finance_change (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    changed_at timestamptz not null,
    changed_by varchar(200) not null,
    subject_kind varchar(30) not null,
    subject_id uuid not null,
    summary text not null
);
create index finance_change_subject on finance_change (tenant_id, subject_id, changed_at);

--changeset sendplan:finance-2-row-level-security
alter table resource_proposal enable row level security;
alter table resource_proposal force row level security;
create policy tenant_isolation on resource_proposal
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table resource_proposal_item enable row level security;
alter table resource_proposal_item force row level security;
create policy tenant_isolation on resource_proposal_item
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table resource_proposal_cost enable row level security;
alter table resource_proposal_cost force row level security;
create policy tenant_isolation on resource_proposal_cost
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table high_needs_forecast enable row level security;
alter table high_needs_forecast force row level security;
create policy tenant_isolation on high_needs_forecast
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table high_needs_forecast_line enable row level security;
alter table high_needs_forecast_line force row level security;
create policy tenant_isolation on high_needs_forecast_line
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table high_needs_forecast_amount enable row level security;
alter table high_needs_forecast_amount force row level security;
create policy tenant_isolation on high_needs_forecast_amount
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table savings_target enable row level security;
alter table savings_target force row level security;
create policy tenant_isolation on savings_target
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table service_budget_line enable row level security;
alter table service_budget_line force row level security;
create policy tenant_isolation on service_budget_line
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table finance_change enable row level security;
alter table finance_change force row level security;
create policy tenant_isolation on finance_change
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset sendplan:finance-3-grants
grant select, insert, update, delete on resource_proposal, resource_proposal_item, resource_proposal_cost,
    high_needs_forecast, high_needs_forecast_line, high_needs_forecast_amount,
    savings_target, service_budget_line to ${app_role};
grant select, insert on finance_change to ${app_role};
