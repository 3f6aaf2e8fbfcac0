import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { isNotEmpty, type UseFormReturnType, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../ui/DecimalInput.tsx';
import { formRules, numberProblem } from '../../ui/form-rules.ts';
import { CategorySelect } from '../../ui/pickers/index.ts';
import { SaveShortcut } from '../../ui/SaveShortcut.tsx';
import { UnsavedChangesGuard } from '../../ui/UnsavedChangesGuard.tsx';
import { type Product, type ProductType, useUnitsOfMeasure } from './catalog-api.ts';
import { costingMethodOptions, productTypeOptions, trackingOptions } from './product-labels.ts';

export interface ProductFormValues {
  sku: string;
  name: string;
  description: string;
  type: ProductType;
  categoryId: string | null;
  unitOfMeasure: string;
  barcode: string;
  salePrice: string;
  standardCost: string;
  costingMethod: Product['costingMethod'];
  tracking: Product['tracking'];
  reorderPoint: string;
  reorderQuantity: string;
  openingStock: { quantity: string; unitCost: string };
}

export const newProductValues: ProductFormValues = {
  sku: '',
  name: '',
  description: '',
  type: 'finished_good',
  categoryId: null,
  unitOfMeasure: 'pcs',
  barcode: '',
  salePrice: '',
  standardCost: '',
  costingMethod: 'average',
  tracking: 'none',
  reorderPoint: '',
  reorderQuantity: '',
  openingStock: { quantity: '', unitCost: '' },
};

export const productValuesOf = (p: Product): ProductFormValues => ({
  sku: p.sku,
  name: p.name,
  description: p.description ?? '',
  type: p.type,
  categoryId: p.categoryId,
  unitOfMeasure: p.unitOfMeasure,
  barcode: p.barcode ?? '',
  salePrice: p.salePrice,
  standardCost: p.standardCost,
  costingMethod: p.costingMethod,
  tracking: p.tracking,
  reorderPoint: p.reorderPoint,
  reorderQuantity: p.reorderQuantity,
  openingStock: { quantity: '', unitCost: '' },
});

type ProductForm = UseFormReturnType<ProductFormValues>;

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb={description ? 0 : 'sm'}>
        {title}
      </Title>
      {description && (
        <Text size="xs" c="dimmed" mb="sm">
          {description}
        </Text>
      )}
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

function decimalInput(form: ProductForm, path: string, label: string, kind: 'money' | 'quantity', placeholder = '0') {
  return <DecimalInput label={label} kind={kind} placeholder={placeholder} {...form.getInputProps(path)} />;
}

interface ProductFormProps {
  initial: ProductFormValues;
  /** A new product may bring its opening stock. */
  withOpeningStock: boolean;
  submitLabel: string;
  saving: boolean;
  onSubmit: (values: ProductFormValues, form: ProductForm) => void;
  onCancel: () => void;
}

export function ProductFormView({
  initial,
  withOpeningStock,
  submitLabel,
  saving,
  onSubmit,
  onCancel,
}: ProductFormProps) {
  const { t } = useTranslation(['catalog', 'ui']);
  const units = useUnitsOfMeasure();
  const unitDecimals = (code: string) => units.data?.find((u) => u.code === code)?.decimals ?? 4;
  const form = useForm<ProductFormValues>({
    initialValues: initial,
    validate: {
      sku: isNotEmpty(t('productForm.enterSku')),
      name: isNotEmpty(t('productForm.enterName')),
      salePrice: formRules.number(),
      standardCost: formRules.number(),
      reorderPoint: formRules.number(),
      reorderQuantity: formRules.number(),
      openingStock: {
        quantity: (value, values) =>
          numberProblem(value, {
            sign: 'positive',
            decimals: unitDecimals(values.unitOfMeasure),
            unit: values.unitOfMeasure,
          }),
        unitCost: formRules.number(),
      },
    },
  });
  const stocked = form.values.type !== 'service';

  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values, form))} noValidate>
      <UnsavedChangesGuard form={form} />
      <SaveShortcut />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title={t('productForm.product')}>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('productForm.sku')}
              required
              autoComplete="off"
              maxLength={64}
              {...form.getInputProps('sku')}
            />
            <TextInput
              label={t('productForm.barcode')}
              autoComplete="off"
              maxLength={64}
              {...form.getInputProps('barcode')}
            />
          </SimpleGrid>
          <TextInput
            label={t('productForm.name')}
            required
            autoComplete="off"
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('productForm.type')}
              data={productTypeOptions(t)}
              allowDeselect={false}
              {...form.getInputProps('type')}
            />
            <Select
              label={t('productForm.unitOfMeasure')}
              data={units.data?.map((u) => ({ value: u.code, label: `${u.code} · ${u.name}` })) ?? []}
              allowDeselect={false}
              searchable
              {...form.getInputProps('unitOfMeasure')}
            />
          </SimpleGrid>
          <CategorySelect {...form.getInputProps('categoryId')} />
          <Textarea
            label={t('productForm.description')}
            autosize
            minRows={2}
            maxRows={5}
            maxLength={2000}
            {...form.getInputProps('description')}
          />
        </Section>
        <Stack gap="md">
          <Section title={t('productForm.pricesAndReplenishment')}>
            <SimpleGrid cols={2} spacing="sm">
              {decimalInput(form, 'salePrice', t('productForm.salePrice'), 'money')}
              {decimalInput(form, 'standardCost', t('productForm.standardCost'), 'money')}
              {decimalInput(form, 'reorderPoint', t('productForm.reorderPoint'), 'quantity')}
              {decimalInput(form, 'reorderQuantity', t('productForm.reorderQuantity'), 'quantity')}
              <Select
                label={t('productForm.costingMethod')}
                data={costingMethodOptions(t)}
                allowDeselect={false}
                {...form.getInputProps('costingMethod')}
              />
              <Select
                label={t('productForm.tracking')}
                data={trackingOptions(t)}
                allowDeselect={false}
                {...form.getInputProps('tracking')}
              />
            </SimpleGrid>
          </Section>
          {withOpeningStock && stocked && (
            <Section title={t('productForm.openingStock')} description={t('productForm.openingStockDescription')}>
              <SimpleGrid cols={2} spacing="sm">
                {decimalInput(form, 'openingStock.quantity', t('productForm.openingQuantity'), 'quantity')}
                {decimalInput(
                  form,
                  'openingStock.unitCost',
                  t('productForm.unitCost'),
                  'money',
                  t('productForm.standardCost'),
                )}
              </SimpleGrid>
            </Section>
          )}
        </Stack>
      </SimpleGrid>
      <Group justify="flex-end" gap="xs" mt="md">
        <Button variant="default" onClick={onCancel}>
          {t('ui:actions.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
