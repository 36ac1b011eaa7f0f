// Item shop: you start with 150 gold; clicking one of four items (Potion 10g, Ether 25g, Bomb 40g, Shield 90g) opens a confirm dialog "Buy X for N gold?" with YES and NO, and the dialog works every time it is opened: YES spends the gold and adds 1 to that item's count in the bag (or says "Not enough gold" and buys nothing), NO closes it with no change; the shop behind cannot be clicked while the dialog is open.
const WARES = [
  { name: 'Potion', price: 10, colour: 0xe63946 },
  { name: 'Ether', price: 25, colour: 0x4895ef },
  { name: 'Bomb', price: 40, colour: 0x6c757d },
  { name: 'Shield', price: 90, colour: 0xe9c46a }
];

class ShopScene extends Phaser.Scene {
  constructor() {
    super('Shop');
  }

  create() {
    this.gold = 150;
    this.bag = { Potion: 0, Ether: 0, Bomb: 0, Shield: 0 };
    this.pending = null;

    this.add.text(400, 50, "MERCHANT'S STALL", { fontSize: '32px', color: '#f1faee', fontStyle: 'bold' }).setOrigin(0.5);
    this.goldText = this.add.text(30, 540, '', { fontSize: '24px', color: '#ffd166' });
    this.bagText = this.add.text(30, 500, '', { fontSize: '20px', color: '#a8dadc' });

    WARES.forEach((ware, i) => {
      const x = 130 + i * 180;
      const card = this.add.rectangle(x, 250, 150, 200, 0x1d3557).setStrokeStyle(3, 0x457b9d);
      this.add.circle(x, 220, 34, ware.colour);
      this.add.text(x, 290, ware.name, { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
      this.add.text(x, 322, ware.price + ' g', { fontSize: '20px', color: '#ffd166' }).setOrigin(0.5);
      card.setInteractive({ useHandCursor: true });
      card.on('pointerover', () => card.setStrokeStyle(3, 0xf1faee));
      card.on('pointerout', () => card.setStrokeStyle(3, 0x457b9d));
      card.on('pointerdown', () => this.openDialog(ware));
    });

    this.dialog = this.add.container(400, 300).setDepth(10).setVisible(false);
    const blocker = this.add.rectangle(0, 0, 800, 600, 0x000000, 0.55).setInteractive();
    const panel = this.add.rectangle(0, 0, 420, 210, 0xf1faee).setStrokeStyle(4, 0x1d3557);
    this.question = this.add.text(0, -55, '', { fontSize: '22px', color: '#1d3557', align: 'center' }).setOrigin(0.5);
    this.note = this.add.text(0, -18, '', { fontSize: '18px', color: '#e63946' }).setOrigin(0.5);
    const yes = this.add.rectangle(-90, 55, 130, 50, 0x2a9d8f).setInteractive({ useHandCursor: true });
    const no = this.add.rectangle(90, 55, 130, 50, 0xe76f51).setInteractive({ useHandCursor: true });
    const yesLabel = this.add.text(-90, 55, 'YES', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    const noLabel = this.add.text(90, 55, 'NO', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.dialog.add([blocker, panel, this.question, this.note, yes, no, yesLabel, noLabel]);

    yes.on('pointerdown', () => this.confirmBuy());
    no.on('pointerdown', () => this.closeDialog());

    this.refresh();
  }

  openDialog(ware) {
    this.pending = ware;
    this.question.setText('Buy ' + ware.name + '\nfor ' + ware.price + ' gold?');
    this.note.setText('');
    this.dialog.setVisible(true).setScale(0.8);
    this.tweens.add({ targets: this.dialog, scale: 1, duration: 120, ease: 'Back.Out' });
  }

  confirmBuy() {
    const ware = this.pending;
    if (!ware) {
      return;
    }
    if (this.gold < ware.price) {
      this.note.setText('Not enough gold');
      return;
    }
    this.gold -= ware.price;
    this.bag[ware.name] += 1;
    this.refresh();
    this.closeDialog();
  }

  closeDialog() {
    this.pending = null;
    this.dialog.setVisible(false);
  }

  refresh() {
    this.goldText.setText('Gold: ' + this.gold);
    this.bagText.setText('Bag:  ' + Object.entries(this.bag).map(([n, c]) => n + ' x' + c).join('   '));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b1d2e',
  scene: ShopScene
};

new Phaser.Game(config);
