// Crafting bench: you start with 5 Wood, 3 Stone and 1 Iron and nothing else; click a recipe on the left (Planks, Sticks, Stone Axe, Bow, Iron Sword) to see its ingredients as "have/need", where any ingredient you have too little of is shown in red and the CRAFT button stays grey and does nothing; CRAFT removes the ingredients from the inventory and adds the product.
const RECIPES = [
  { name: 'Planks', makes: 4, needs: { Wood: 1 } },
  { name: 'Sticks', makes: 4, needs: { Planks: 2 } },
  { name: 'Stone Axe', makes: 1, needs: { Stone: 3, Sticks: 2 } },
  { name: 'Bow', makes: 1, needs: { Sticks: 3, String: 3 } },
  { name: 'Iron Sword', makes: 1, needs: { Iron: 2, Sticks: 1 } }
];

class CraftBench extends Phaser.Scene {
  constructor() {
    super({ key: 'CraftBench' });
  }

  create() {
    this.inv = { Wood: 5, Stone: 3, Iron: 1 };
    this.current = 0;

    this.add.text(30, 20, 'CRAFTING BENCH', { fontSize: '30px', color: '#f4d35e', fontStyle: 'bold' });

    this.recipeRows = RECIPES.map((r, i) => {
      const row = this.add.rectangle(130, 110 + i * 56, 200, 46, 0x2d3142).setStrokeStyle(2, 0x4f5d75);
      const label = this.add.text(130, 110 + i * 56, r.name, { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
      row.setInteractive({ useHandCursor: true }).on('pointerdown', () => this.select(i));
      return { row, label };
    });

    this.add.rectangle(470, 220, 380, 300, 0x1b1f2b).setStrokeStyle(2, 0x4f5d75);
    this.title = this.add.text(300, 90, '', { fontSize: '24px', color: '#f4d35e' });
    this.needLines = [0, 1, 2].map((i) => this.add.text(300, 140 + i * 34, '', { fontSize: '20px' }));

    this.craftBtn = this.add.rectangle(470, 320, 180, 50, 0x3a7d44).setInteractive({ useHandCursor: true });
    this.craftText = this.add.text(470, 320, 'CRAFT', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.craftBtn.on('pointerdown', () => this.craft());

    this.add.text(30, 410, 'INVENTORY', { fontSize: '22px', color: '#f4d35e' });
    this.invText = this.add.text(30, 445, '', { fontSize: '20px', color: '#e0e0e0', wordWrap: { width: 740 } });
    this.message = this.add.text(470, 380, '', { fontSize: '18px', color: '#9be89b' }).setOrigin(0.5);

    this.select(0);
  }

  missingFor(recipe) {
    return Object.entries(recipe.needs).filter(([item, need]) => (this.inv[item] || 0) < need);
  }

  select(index) {
    this.current = index;
    this.message.setText('');
    this.refresh();
  }

  craft() {
    const recipe = RECIPES[this.current];
    if (this.missingFor(recipe).length > 0) {
      this.message.setColor('#ff7b7b').setText('Not enough ingredients');
      return;
    }
    Object.entries(recipe.needs).forEach(([item, need]) => {
      this.inv[item] -= need;
      if (this.inv[item] === 0) {
        delete this.inv[item];
      }
    });
    this.inv[recipe.name] = (this.inv[recipe.name] || 0) + recipe.makes;
    this.message.setColor('#9be89b').setText('Crafted ' + recipe.makes + ' x ' + recipe.name);
    this.tweens.add({ targets: this.invText, scale: { from: 1.06, to: 1 }, duration: 200 });
    this.refresh();
  }

  refresh() {
    const recipe = RECIPES[this.current];
    const missing = this.missingFor(recipe).map(([item]) => item);

    this.recipeRows.forEach((r, i) => r.row.setFillStyle(i === this.current ? 0x4f5d75 : 0x2d3142));
    this.title.setText(recipe.name + '  (makes ' + recipe.makes + ')');
    const entries = Object.entries(recipe.needs);
    this.needLines.forEach((line, i) => {
      if (i >= entries.length) {
        line.setText('');
        return;
      }
      const [item, need] = entries[i];
      line.setText(item + ':  ' + (this.inv[item] || 0) + ' / ' + need);
      line.setColor(missing.includes(item) ? '#ff6b6b' : '#e0e0e0');
    });

    const ready = missing.length === 0;
    this.craftBtn.setFillStyle(ready ? 0x3a7d44 : 0x555555);
    this.craftText.setColor(ready ? '#ffffff' : '#999999');

    const names = Object.keys(this.inv);
    this.invText.setText(names.length ? names.map((n) => n + ' x' + this.inv[n]).join('     ') : '(empty)');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0f111a',
  scene: CraftBench
};

new Phaser.Game(config);
