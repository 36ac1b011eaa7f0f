// Keyboard shop with two menu levels: in the town press S to open the blacksmith's shop, which first lists three categories (Weapons, Armour, Potions); Up/Down move and Enter opens the highlighted category's item list, where Up/Down move and Enter buys the item if you can afford it (start with 200 gold); Esc in an item list goes back one level to the category list, and only Esc in the category list closes the shop and returns to the town.
const STOCK = {
  Weapons: [['Dagger', 30], ['Short Sword', 60], ['War Axe', 110]],
  Armour: [['Cap', 20], ['Buckler', 45], ['Plate Vest', 130]],
  Potions: [['Small Potion', 10], ['Big Potion', 25], ['Elixir', 80]]
};

const Town = {
  key: 'Town',
  create() {
    if (!this.registry.has('gold')) {
      this.registry.set('gold', 200);
      this.registry.set('owned', []);
    }
    this.add.rectangle(400, 520, 800, 160, 0x3a5a40);
    this.add.rectangle(560, 380, 200, 150, 0x6f4518).setStrokeStyle(4, 0x3e2723);
    this.add.triangle(560, 280, 0, 60, 110, 0, 220, 60, 0x9c2a2a);
    this.add.text(560, 380, 'SMITHY', { fontSize: '24px', color: '#ffe8d6' }).setOrigin(0.5);
    this.add.rectangle(300, 420, 30, 50, 0x81b29a);
    this.add.text(400, 60, 'Town square - press S to enter the shop', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    const owned = this.registry.get('owned');
    this.add.text(20, 110, 'Gold: ' + this.registry.get('gold') + '\nOwned: ' + (owned.length ? owned.join(', ') : 'nothing'), {
      fontSize: '18px', color: '#ffd166', wordWrap: { width: 760 }
    });
    this.input.keyboard.once('keydown-S', () => this.scene.start('Shop'));
  }
};

class Shop extends Phaser.Scene {
  constructor() {
    super('Shop');
  }

  create() {
    this.level = 'categories';
    this.cursor = 0;
    this.category = null;
    this.add.rectangle(400, 300, 640, 460, 0x2b2118).setStrokeStyle(4, 0xb08968);
    this.heading = this.add.text(400, 110, '', { fontSize: '30px', color: '#f4a261', fontStyle: 'bold' }).setOrigin(0.5);
    this.goldText = this.add.text(680, 110, '', { fontSize: '20px', color: '#ffd166' }).setOrigin(1, 0.5);
    this.rows = [0, 1, 2].map((i) => this.add.text(160, 200 + i * 60, '', { fontSize: '26px', color: '#ffe8d6' }).setOrigin(0, 0.5));
    this.marker = this.add.text(130, 200, '>', { fontSize: '26px', color: '#f4a261' }).setOrigin(0.5);
    this.help = this.add.text(400, 470, '', { fontSize: '17px', color: '#b08968' }).setOrigin(0.5);
    this.message = this.add.text(400, 410, '', { fontSize: '20px', color: '#90be6d' }).setOrigin(0.5);

    const kb = this.input.keyboard;
    kb.on('keydown-UP', () => this.move(-1));
    kb.on('keydown-DOWN', () => this.move(1));
    kb.on('keydown-ENTER', () => this.confirm());
    kb.on('keydown-ESC', () => this.back());
    this.showCategories();
  }

  showCategories() {
    this.level = 'categories';
    this.cursor = this.category ? Object.keys(STOCK).indexOf(this.category) : 0;
    this.heading.setText('BLACKSMITH');
    this.help.setText('Enter: open category    Esc: leave shop');
    this.render();
  }

  showItems(category) {
    this.level = 'items';
    this.category = category;
    this.cursor = 0;
    this.heading.setText(category.toUpperCase());
    this.help.setText('Enter: buy    Esc: back to categories');
    this.render();
  }

  move(dir) {
    this.cursor = Phaser.Math.Wrap(this.cursor + dir, 0, 3);
    this.message.setText('');
    this.render();
  }

  confirm() {
    if (this.level === 'categories') {
      this.showItems(Object.keys(STOCK)[this.cursor]);
      return;
    }
    const [name, price] = STOCK[this.category][this.cursor];
    const gold = this.registry.get('gold');
    if (gold < price) {
      this.message.setColor('#e76f51').setText('You need ' + (price - gold) + ' more gold');
      return;
    }
    this.registry.set('gold', gold - price);
    this.registry.set('owned', this.registry.get('owned').concat(name));
    this.message.setColor('#90be6d').setText('Bought ' + name + '!');
    this.render();
  }

  back() {
    if (this.level === 'items') {
      this.message.setText('');
      this.showCategories();
    }
    if (this.level === 'categories') {
      this.scene.start('Town');
    }
  }

  render() {
    const labels = this.level === 'categories'
      ? Object.keys(STOCK)
      : STOCK[this.category].map(([name, price]) => name + '  -  ' + price + 'g');
    this.rows.forEach((row, i) => row.setText(labels[i]).setColor(i === this.cursor ? '#ffffff' : '#c8b6a6'));
    this.marker.y = this.rows[this.cursor].y;
    this.goldText.setText('Gold: ' + this.registry.get('gold'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b1b1b',
  scene: [Town, Shop]
};

new Phaser.Game(config);
