/** How a template is laid out beyond its kind and year. */
export interface TemplateOptions {
  /**
   * Blank rows per 二级指标, by its label (e.g. { 数量指标: 13 }); 0 leaves the 二级 out.
   * Labels not given keep the template's default.
   */
  rows?: Partial<Record<string, number>>;
}
