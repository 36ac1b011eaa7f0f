// Status effects: P poisons the slime for 3 turns (2 damage per turn), B burns it for 2 turns (4 damage per turn), SPACE ends the turn; every new application lasts its full duration.
const EFFECTS = {
  poison: { name: 'Poison', turns: 3, dmg: 2, color: '#88ff88' },
  burn: { name: 'Burn', turns: 2, dmg: 4, color: '#ff8844' }
};

const config = {
  type: Phaser.AUTO,
  width: 640,
  height: 360,
  backgroundColor: '#202028',
  scene: {
    create() {
      const g = this.add.graphics();
      g.fillStyle(0x55cc55).fillEllipse(40, 30, 80, 56);
      g.fillStyle(0x000000).fillCircle(26, 24, 5).fillCircle(54, 24, 5);
      g.generateTexture('slime', 80, 60);
      g.destroy();

      this.slime = { hp: 60, maxHp: 60, effects: [] };
      this.turn = 1;
      this.add.image(320, 150, 'slime');
      this.hpText = this.add.text(250, 200, '', { fontSize: '20px' });
      this.fxText = this.add.text(250, 230, '', { fontSize: '18px' });
      this.turnText = this.add.text(20, 20, '', { fontSize: '18px' });
      this.add.text(20, 320, 'P: Poison   B: Burn   SPACE: end turn', { fontSize: '16px', color: '#aaaaaa' });

      this.input.keyboard.on('keydown-P', () => this.applyEffect('poison'));
      this.input.keyboard.on('keydown-B', () => this.applyEffect('burn'));
      this.input.keyboard.on('keydown-SPACE', () => this.endTurn());
      this.redraw();
    },

    extend: {
      applyEffect(key) {
        const active = this.slime.effects.find(fx => fx.key === key);
        if (active) {
          active.turns = EFFECTS[key].turns;
        } else {
          const fx = { ...EFFECTS[key] };
          fx.key = key;
          this.slime.effects.push(fx);
        }
        this.redraw();
      },

      endTurn() {
        if (this.slime.hp <= 0) return;
        for (const fx of this.slime.effects) {
          this.slime.hp = Math.max(0, this.slime.hp - fx.dmg);
          fx.turns -= 1;
        }
        this.slime.effects = this.slime.effects.filter(fx => fx.turns > 0);
        this.turn += 1;
        this.redraw();
      },

      redraw() {
        this.hpText.setText(`Slime HP: ${this.slime.hp}/${this.slime.maxHp}`);
        this.fxText.setText(this.slime.effects.map(fx => `${fx.name} (${fx.turns})`).join('  ') || 'No effects');
        this.turnText.setText(`Turn ${this.turn}`);
      }
    }
  }
};

new Phaser.Game(config);
