// Star forge: click the star for 1 stardust and buy Forges (cost 10, x1.25 for each forge owned) that make 1 stardust per second each. Once this run has earned at least 100 stardust, the Prestige button resets stardust, forges and run earnings to 0 and awards floor(sqrt(run earnings / 25)) Crystals (100 earned gives 2); every Crystal adds +10% to all stardust gained from clicks and forges.
function crystalsFor(earned) {
  return Math.floor(Math.sqrt(earned / 25));
}

function forgeCost(owned) {
  return Math.ceil(10 * Math.pow(1.25, owned));
}

function resetRun(scene) {
  scene.dust = 0;
  scene.forges = 0;
  scene.runEarned = 0;
}

function gain(scene, base) {
  const amount = base * (1 + 0.1 * scene.crystals);
  scene.dust += amount;
  scene.runEarned += amount;
  refresh(scene);
}

function buyForge(scene) {
  const cost = forgeCost(scene.forges);
  if (scene.dust < cost) return;
  scene.dust -= cost;
  scene.forges += 1;
  refresh(scene);
}

function prestige(scene) {
  if (scene.runEarned < 100) return;
  scene.crystals += crystalsFor(scene.runEarned);
  resetRun(scene);
  scene.cameras.main.flash(400, 180, 140, 255);
  refresh(scene);
}

function refresh(scene) {
  const mult = 1 + 0.1 * scene.crystals;
  scene.dustText.setText('Stardust: ' + Math.floor(scene.dust + 1e-6));
  scene.runText.setText('Earned this run: ' + Math.floor(scene.runEarned + 1e-6));
  scene.crystalText.setText('Crystals: ' + scene.crystals + '  (x' + mult.toFixed(1) + ' gains)');
  scene.forgeLabel.setText('Forge (' + forgeCost(scene.forges) + ')  owned ' + scene.forges);
  const ready = scene.runEarned >= 100;
  scene.prestigeLabel.setText(ready ? 'Prestige: +' + crystalsFor(scene.runEarned) + ' Crystals' : 'Prestige at 100 earned');
  scene.prestigeBox.setFillStyle(ready ? 0x7d3c98 : 0x3b3b4f);
}

function makeButton(scene, x, y, w, color, onClick) {
  const box = scene.add.rectangle(x, y, w, 54, color).setStrokeStyle(2, 0xffffff);
  box.setInteractive({ useHandCursor: true });
  box.on('pointerdown', onClick);
  const label = scene.add.text(x, y, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
  return { box, label };
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b0b2a',
  scene: {
    create: function () {
      this.crystals = 0;
      resetRun(this);

      const g = this.add.graphics();
      g.fillStyle(0xfff176, 1);
      g.beginPath();
      for (let i = 0; i < 10; i++) {
        const r = i % 2 === 0 ? 90 : 38;
        const a = -Math.PI / 2 + i * Math.PI / 5;
        const px = 90 + Math.cos(a) * r;
        const py = 90 + Math.sin(a) * r;
        if (i === 0) g.moveTo(px, py); else g.lineTo(px, py);
      }
      g.closePath();
      g.fillPath();
      g.generateTexture('star', 180, 180);
      g.destroy();

      this.dustText = this.add.text(40, 30, '', { fontSize: '30px', color: '#fff59d' });
      this.runText = this.add.text(40, 75, '', { fontSize: '20px', color: '#c5cae9' });
      this.crystalText = this.add.text(40, 105, '', { fontSize: '20px', color: '#e1bee7' });

      const star = this.add.image(220, 360, 'star').setInteractive({ useHandCursor: true });
      star.on('pointerdown', () => {
        gain(this, 1);
        this.tweens.add({ targets: star, angle: star.angle + 36, duration: 150 });
      });

      const forge = makeButton(this, 590, 260, 300, 0x1f618d, () => buyForge(this));
      this.forgeLabel = forge.label;
      const pres = makeButton(this, 590, 360, 300, 0x3b3b4f, () => prestige(this));
      this.prestigeLabel = pres.label;
      this.prestigeBox = pres.box;

      this.time.addEvent({
        delay: 1000,
        loop: true,
        callback: () => {
          if (this.forges > 0) gain(this, this.forges);
        }
      });

      refresh(this);
    }
  }
};

new Phaser.Game(config);
